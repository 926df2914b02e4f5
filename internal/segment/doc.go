// Package segment splits plain-text news dumps into articles and finds each
// article's title, outlet and publication date.
//
// It does not read files or parse HTML (see package extract); it works on
// UTF-8 text already decoded.
package segment
