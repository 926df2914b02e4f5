package kb

// Hand-written tables for what no staged dataset lists. Each row is
// documented knowledge, not tuned to any evaluation text.

// igoTable lists international organisations: id suffix (also the actor
// code), canonical name, aliases.
var igoTable = []struct {
	Code, Name string
	Aliases    []string
}{
	{"UN", "United Nations", []string{"UN", "U.N.", "the UN", "United Nations Organization"}},
	{"UNSC", "United Nations Security Council", []string{"UN Security Council", "U.N. Security Council", "Security Council", "UNSC"}},
	{"UNGA", "United Nations General Assembly", []string{"UN General Assembly", "General Assembly", "UNGA"}},
	{"NATO", "North Atlantic Treaty Organization", []string{"NATO", "Nato", "North Atlantic Alliance", "Atlantic Alliance", "OTAN"}},
	{"EU", "European Union", []string{"EU", "E.U.", "European Commission", "European Community", "European Communities",
		"European Economic Community", "EEC"}},
	{"AU", "African Union", []string{"AU", "African Union Commission"}},
	{"ASEAN", "Association of Southeast Asian Nations", []string{"ASEAN", "Asean", "Association of South East Asian Nations"}},
	{"SCO", "Shanghai Cooperation Organisation", []string{"SCO", "Shanghai Cooperation Organization"}},
	{"BRICS", "BRICS", []string{"Brics"}},
	{"OPEC", "Organization of the Petroleum Exporting Countries", []string{"OPEC", "Opec", "OPEC+", "Organisation of the Petroleum Exporting Countries"}},
	{"G7", "Group of Seven", []string{"G7", "G-7", "Group of 7"}},
	{"G20", "Group of Twenty", []string{"G20", "G-20", "Group of 20"}},
	{"IAEA", "International Atomic Energy Agency", []string{"IAEA"}},
	{"WHO", "World Health Organization", []string{"World Health Organisation"}},
	{"IMF", "International Monetary Fund", []string{"IMF"}},
	{"WB", "World Bank", nil},
	{"WTO", "World Trade Organization", []string{"WTO", "World Trade Organisation"}},
	{"OSCE", "Organization for Security and Co-operation in Europe", []string{"OSCE", "Organisation for Security and Co-operation in Europe"}},
	{"ARL", "Arab League", []string{"League of Arab States"}},
	{"GCC", "Gulf Cooperation Council", []string{"GCC", "Cooperation Council for the Arab States of the Gulf"}},
	{"ECOWAS", "Economic Community of West African States", []string{"ECOWAS", "Ecowas"}},
	{"OAS", "Organization of American States", []string{"OAS"}},
	{"ICC", "International Criminal Court", []string{"ICC"}},
	{"ICJ", "International Court of Justice", []string{"ICJ", "World Court"}},
	{"UNHCR", "UN Refugee Agency", []string{"UNHCR", "United Nations High Commissioner for Refugees", "UN refugee agency"}},
	{"UNICEF", "UNICEF", []string{"Unicef", "United Nations Children's Fund"}},
	{"WFP", "World Food Programme", []string{"WFP", "UN World Food Programme"}},
	{"UNRWA", "UNRWA", []string{"Unrwa", "United Nations Relief and Works Agency"}},
	{"ICRC", "International Committee of the Red Cross", []string{"ICRC", "Red Cross"}},
	{"INTERPOL", "Interpol", []string{"INTERPOL"}},
	{"COE", "Council of Europe", nil},
	{"CSTO", "Collective Security Treaty Organization", []string{"CSTO"}},
	{"EAEU", "Eurasian Economic Union", []string{"EAEU", "EEU"}},
	{"OIC", "Organisation of Islamic Cooperation", []string{"OIC", "Organization of Islamic Cooperation"}},
	{"APEC", "Asia-Pacific Economic Cooperation", []string{"APEC", "Apec"}},
	{"SADC", "Southern African Development Community", []string{"SADC"}},
	{"IGAD", "Intergovernmental Authority on Development", []string{"IGAD"}},
	{"MERCOSUR", "Mercosur", []string{"MERCOSUR", "Southern Common Market"}},
	{"CIS", "Commonwealth of Independent States", []string{"CIS"}},
	{"ECB", "European Central Bank", []string{"ECB"}},
	{"EP", "European Parliament", nil},
}

// seatTable lists buildings and places whose name stands for a government
// or one of its arms.
var seatTable = []struct {
	ID, Name, Country, Sector string
	Aliases                   []string
}{
	{"kremlin", "Kremlin", "RUS", "GOV", []string{"the Kremlin"}},
	{"white-house", "White House", "USA", "GOV", []string{"the White House"}},
	{"pentagon", "Pentagon", "USA", "MIL", []string{"the Pentagon"}},
	{"state-department", "State Department", "USA", "GOV", []string{"US State Department", "Department of State", "Foggy Bottom"}},
	{"capitol-hill", "Capitol Hill", "USA", "LEG", []string{"Congress", "US Congress"}},
	{"downing-street", "Downing Street", "GBR", "GOV", []string{"Number 10", "No 10", "No. 10", "10 Downing Street"}},
	{"whitehall", "Whitehall", "GBR", "GOV", nil},
	{"elysee", "Élysée Palace", "FRA", "GOV", []string{"Elysee", "Élysée", "the Elysee"}},
	{"quai-dorsay", "Quai d'Orsay", "FRA", "GOV", nil},
	{"zhongnanhai", "Zhongnanhai", "CHN", "GOV", nil},
	{"blue-house", "Blue House", "KOR", "GOV", []string{"Cheong Wa Dae"}},
	{"bankova", "Bankova", "UKR", "GOV", nil},
	{"knesset", "Knesset", "ISR", "LEG", nil},
	{"bundestag", "Bundestag", "DEU", "LEG", nil},
	{"duma", "State Duma", "RUS", "LEG", []string{"Duma"}},
	{"kremlin-senate", "Federation Council", "RUS", "LEG", nil},
	{"westminster", "Westminster", "GBR", "LEG", nil},
	{"verkhovna-rada", "Verkhovna Rada", "UKR", "LEG", []string{"Rada"}},
	{"kantei", "Kantei", "JPN", "GOV", nil},
}

// countryAliasTable adds everyday short names the country dataset lacks.
var countryAliasTable = map[string][]string{
	"USA": {"US", "U.S.", "U.S.A.", "America", "United States of America"},
	"GBR": {"UK", "U.K.", "Britain", "Great Britain"},
	"ARE": {"UAE", "U.A.E.", "Emirates"},
	"COD": {"DRC", "DR Congo", "Democratic Republic of Congo", "Congo-Kinshasa"},
	"COG": {"Congo-Brazzaville", "Republic of Congo"},
	"PRK": {"North Korea", "DPRK"},
	"KOR": {"South Korea"},
	"MMR": {"Burma"},
	"CIV": {"Ivory Coast"},
	"TUR": {"Turkey", "Türkiye", "Turkiye"},
	"CZE": {"Czech Republic"},
	"NLD": {"Holland"},
	"VAT": {"Holy See", "Vatican"},
	"PSE": {"Palestinian territories", "Palestinian Authority"},
	"SWZ": {"Swaziland"},
	"MKD": {"Macedonia"},
}

// wikidataLabels names Wikidata items the leaders snapshot left unlabelled.
var wikidataLabels = map[string]string{
	"Q3052772": "Emmanuel Macron",
	"Q1058":    "Narendra Modi",
	"Q5771800": "Claudia Sheinbaum",
}

// worldRegions are regions news names as actors or places, with their
// CAMEO region codes and, as demonyms, the adjectives that name their
// peoples or governments ("Western sanctions", "European allies").
var worldRegions = []struct {
	Code, Name string
	Aliases    []string
	Demonyms   []string
}{
	{"EUR", "Europe", nil, []string{"European", "Europeans"}},
	{"AFR", "Africa", nil, []string{"African", "Africans"}},
	{"ASA", "Asia", nil, []string{"Asian", "Asians"}},
	{"MEA", "Middle East", []string{"Mideast"}, []string{"Middle Eastern"}},
	{"LAM", "Latin America", nil, []string{"Latin American", "Latin Americans"}},
	{"SAM", "South America", nil, []string{"South American", "South Americans"}},
	{"NAM", "North America", nil, nil},
	{"SAS", "South Asia", nil, nil},
	{"SEA", "Southeast Asia", []string{"South-East Asia", "South East Asia"}, nil},
	{"CAS", "Central Asia", nil, nil},
	{"EEU", "Eastern Europe", nil, []string{"Eastern European", "Eastern Europeans"}},
	{"WAF", "West Africa", nil, []string{"West African", "West Africans"}},
	{"EAF", "East Africa", nil, []string{"East African", "East Africans"}},
	{"NAF", "North Africa", nil, []string{"North African", "North Africans"}},
	{"BLK", "Balkans", []string{"the Balkans"}, nil},
	{"CAU", "Caucasus", []string{"the Caucasus"}, nil},
	{"WST", "West", []string{"the West"}, []string{"Western", "Westerners"}},
}

// leaderFixes correct the Wikidata leaders snapshot where it is wrong or has
// gaps (its PROVENANCE warns that rows are unreviewed): Drop removes a
// role, otherwise the role is added to the person of that name (created
// when absent). Dates are YYYYMMDD.
var leaderFixes = []struct {
	Name, Country, Office, Head string
	From, To                    int
	Drop                        bool
}{
	// "Andy Burnham 2026" is not a UK prime minister.
	{Name: "Andy Burnham", Country: "GBR", Office: "prime minister", Drop: true},
	// Missing between Liz Truss and the end of the snapshot.
	{Name: "Rishi Sunak", Country: "GBR", Office: "prime minister", Head: "government", From: 20221025, To: 20240704},
	{Name: "Keir Starmer", Country: "GBR", Office: "prime minister", Head: "government", From: 20240705},
}

// parliamentary lists republics whose president is a ceremonial head of
// state: "the German leader" is the head of government.
var parliamentary = map[string]bool{
	"DEU": true, "AUT": true, "ITA": true, "IND": true, "ISR": true, "GRC": true, "IRL": true, "PRT": true,
	"CZE": true, "SVK": true, "HUN": true, "EST": true, "LVA": true, "BGR": true, "HRV": true, "SVN": true,
	"ALB": true, "MKD": true, "MNE": true, "MLT": true, "PAK": true, "BGD": true, "NPL": true, "IRQ": true,
	"ETH": true, "ARM": true, "GEO": true, "SGP": true, "MUS": true, "TTO": true, "FIN": true, "ISL": true,
}

// groupTable adds armed groups that the staged lists miss or know only by
// another name (UCDP v22.1 ends in 2021, the OFAC list names only its own
// designations). Entries merge with staged records that share a name.
var groupTable = []struct {
	Name, Country, Sector string
	Aliases               []string
}{
	{"Ansarallah", "YEM", "REB", []string{"Houthis", "Houthi", "Houthi movement", "Houthi rebels", "Huthis"}},
	{"Wagner Group", "RUS", "MIL", []string{"Wagner", "PMC Wagner", "Wagner PMC", "Wagner mercenaries"}},
	{"Rapid Support Forces", "SDN", "REB", []string{"RSF"}},
	{"Islamic State West Africa Province", "NGA", "REB", []string{"ISWAP"}},
	{"Azov", "UKR", "MIL", []string{"Azov Regiment", "Azov Brigade", "Azov Battalion"}},
	{"Palestinian Islamic Jihad", "PSE", "REB", []string{"PIJ", "al-Quds Brigades"}},
}
