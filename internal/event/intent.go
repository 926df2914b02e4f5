package event

import "strings"

// Stated intentions are events of their own. PLOVER codes a promise or offer
// to cooperate as AGREE, an announced hostile act as THREATEN and a refusal
// to cooperate as REJECT; CAMEO has a parallel code for each act (033
// "express intent to provide aid" for 07 "provide aid"). The act itself stays
// coded too, flagged future or negated, never as fact.

type intentKind int

const (
	intentAgree intentKind = iota
	intentThreaten
	intentReject
	intentDemand
)

// intentCode returns the CAMEO code for stating intent of kind about an act
// coded act.
func intentCode(act string, kind intentKind) string {
	if len(act) < 2 {
		return ""
	}
	root := act[:2]
	switch kind {
	case intentAgree:
		switch {
		case root == "04":
			return "036"
		case root == "05":
			return "032"
		case root == "06":
			if len(act) >= 3 {
				if sub := map[byte]string{'1': "0311", '2': "0312", '3': "0313", '4': "0314"}[act[2]]; sub != "" {
					return sub
				}
			}
			return "031"
		case root == "07":
			if len(act) >= 3 {
				if sub := map[byte]string{'1': "0331", '2': "0332", '3': "0333", '4': "0334"}[act[2]]; sub != "" {
					return sub
				}
			}
			return "033"
		case root == "08":
			switch {
			case strings.HasPrefix(act, "081"):
				return "0351"
			case strings.HasPrefix(act, "082"):
				return "0352"
			case strings.HasPrefix(act, "084"):
				return "0353"
			case strings.HasPrefix(act, "085"):
				return "0354"
			case strings.HasPrefix(act, "086"):
				return "0355"
			case strings.HasPrefix(act, "087"):
				return "0356"
			}
			return "035"
		case root == "03":
			return act
		}
		return "030"
	case intentThreaten:
		switch {
		case strings.HasPrefix(act, "161"):
			return "1313"
		case strings.HasPrefix(act, "162"):
			return "1311"
		case strings.HasPrefix(act, "163"):
			return "1312"
		case strings.HasPrefix(act, "164"), strings.HasPrefix(act, "165"):
			return "134"
		case strings.HasPrefix(act, "166"):
			return "136"
		case root == "16":
			return "131"
		case strings.HasPrefix(act, "1723"):
			return "1323"
		case strings.HasPrefix(act, "1724"):
			return "1324"
		case strings.HasPrefix(act, "1722"):
			return "1322"
		case strings.HasPrefix(act, "172"):
			return "132"
		case strings.HasPrefix(act, "191"):
			return "1381"
		case strings.HasPrefix(act, "192"):
			return "1382"
		case root == "17":
			return "130"
		case root == "14":
			return "133"
		case root == "18":
			return "1383"
		case root == "19":
			return "1384"
		case root == "20":
			return "1385"
		case root == "13":
			return act
		case root == "09", root == "11", root == "12":
			// "will monitor developments", "will criticise the plan": a
			// promised inquiry or word of disapproval threatens no one
			return ""
		}
		return "130"
	case intentDemand:
		switch {
		case root == "04":
			return "106"
		case root == "05":
			return "102"
		case root == "06":
			return "101"
		case root == "07":
			return "103"
		case strings.HasPrefix(act, "081"):
			return "1051"
		case strings.HasPrefix(act, "084"):
			return "1053"
		case strings.HasPrefix(act, "085"):
			return "1054"
		case strings.HasPrefix(act, "086"):
			return "1055"
		case strings.HasPrefix(act, "087"):
			return "1056"
		case root == "08":
			return "105"
		}
		return "100"
	case intentReject:
		switch root {
		case "04":
			return "125"
		case "06":
			return "121"
		case "07":
			return "122"
		case "08":
			return "124"
		case "12":
			return act
		}
		return "120"
	}
	return ""
}

// isIntentCode reports whether a code already states intent or refusal
// (CAMEO 03 intent to cooperate, 12 reject, 13 threaten).
func isIntentCode(code string) bool {
	return strings.HasPrefix(code, "03") || strings.HasPrefix(code, "12") || strings.HasPrefix(code, "13") || strings.HasPrefix(code, "10") || strings.HasPrefix(code, "02")
}

// rejectionOfIntent returns the CAMEO rejection matching a declined
// expression of intent (03x): material cooperation 121, aid 122, political
// reform 123, yielding 124, meeting 125, anything else 120.
func rejectionOfIntent(code string) string {
	switch {
	case strings.HasPrefix(code, "031"):
		return "121"
	case strings.HasPrefix(code, "033"):
		return "122"
	case strings.HasPrefix(code, "034"):
		return "123"
	case strings.HasPrefix(code, "035"):
		return "124"
	case strings.HasPrefix(code, "036"):
		return "125"
	}
	return "120"
}
