package main

// The ONS lists: every first name given to three babies or more in
// England and Wales in a year, as the Office for National Statistics
// publishes them from birth registrations (one workbook a sex and year,
// a table "Rank, Name, Count" of all such names). Babies born in England
// and Wales in the 2020s carry names of many origins (Pakistani, Indian,
// Bangladeshi, Somali, Nigerian, Ghanaian, Arabic, Polish, Romanian,
// Welsh, Irish), so the list adds given names that the US and French
// lists lack. ../SOURCES.md, section 10, says where to get the workbooks
// and under which licence.
//
// A name is kept when the babies given it over all the workbooks read
// reach minONS and it passes the filters of keep, with every list
// written before as "already listed".

import (
	"archive/zip"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// minONS is the fewest babies, summed over the workbooks read, a name
// needs: rarer names are mostly one-off spellings.
const minONS = 10

// runONS writes onsfirst.txt from the workbooks, leaving out the names
// of listed.
func runONS(workbooks []string, dict, listed map[string]bool, out string) error {
	counts := map[string]int{}
	for _, wb := range workbooks {
		if err := readONSWorkbook(wb, counts); err != nil {
			return fmt.Errorf("ons: %s: %w", wb, err)
		}
	}
	rows := ranked(counts, minONS)
	kept := keep(rows, dict, listed)
	var bases []string
	for _, wb := range workbooks {
		bases = append(bases, filepath.Base(wb))
	}
	head := fmt.Sprintf("# Office for National Statistics, baby names in England and Wales (Crown copyright,\n"+
		"# Open Government Licence v3.0), %s;\n"+
		"# written by gen/intl (see ons.go for the filters), most frequent first.\n", strings.Join(bases, ", "))
	if err := write(filepath.Join(out, "onsfirst.txt"), head, kept); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "intl: ONS: %d of %d given names kept\n", len(kept), len(rows))
	return nil
}

// readONSWorkbook adds the counts of the workbook's table of all names
// (the sheet whose header row is "Rank, Name, Count" with the most rows)
// to counts, lowercased.
func readONSWorkbook(path string, counts map[string]int) error {
	z, err := zip.OpenReader(path)
	if err != nil {
		return err
	}
	defer z.Close()
	strs, err := sharedStrings(&z.Reader)
	if err != nil {
		return err
	}
	var best [][]string
	for _, f := range z.File {
		if !strings.HasPrefix(f.Name, "xl/worksheets/sheet") || !strings.HasSuffix(f.Name, ".xml") {
			continue
		}
		rows, err := sheetRows(f, strs)
		if err != nil {
			return fmt.Errorf("%s: %w", f.Name, err)
		}
		for i, r := range rows {
			if len(r) >= 3 && r[0] == "Rank" && r[1] == "Name" && r[2] == "Count" {
				if len(rows)-i > len(best) {
					best = rows[i+1:]
				}
				break
			}
		}
	}
	if len(best) < 1000 {
		return fmt.Errorf("no table of all names (Rank, Name, Count) of 1000 rows or more")
	}
	for _, r := range best {
		if len(r) < 3 {
			continue
		}
		n, err := strconv.Atoi(r[2])
		if err != nil {
			continue // a note or a suppressed count
		}
		counts[strings.ToLower(strings.TrimSpace(r[1]))] += n
	}
	return nil
}

// sharedStrings returns the workbook's shared strings, in order.
func sharedStrings(z *zip.Reader) ([]string, error) {
	f, err := z.Open("xl/sharedStrings.xml")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var sst struct {
		SI []struct {
			T string `xml:"t"`
			R []struct {
				T string `xml:"t"`
			} `xml:"r"`
		} `xml:"si"`
	}
	if err := xml.NewDecoder(f).Decode(&sst); err != nil {
		return nil, fmt.Errorf("sharedStrings.xml: %w", err)
	}
	strs := make([]string, len(sst.SI))
	for i, si := range sst.SI {
		s := si.T
		for _, r := range si.R {
			s += r.T
		}
		strs[i] = s
	}
	return strs, nil
}

// sheetRows returns the cell texts of a worksheet, row by row (cells in
// file order; empty cells the file leaves out are not filled in).
func sheetRows(f *zip.File, strs []string) ([][]string, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	var ws struct {
		Rows []struct {
			C []struct {
				T  string `xml:"t,attr"`
				V  string `xml:"v"`
				IS struct {
					T string `xml:"t"`
				} `xml:"is"`
			} `xml:"c"`
		} `xml:"sheetData>row"`
	}
	if err := xml.NewDecoder(io.LimitReader(rc, 256<<20)).Decode(&ws); err != nil {
		return nil, err
	}
	rows := make([][]string, len(ws.Rows))
	for i, r := range ws.Rows {
		for _, c := range r.C {
			v := c.V
			switch c.T {
			case "s":
				k, err := strconv.Atoi(v)
				if err != nil || k < 0 || k >= len(strs) {
					return nil, fmt.Errorf("shared string %q out of range", v)
				}
				v = strs[k]
			case "inlineStr":
				v = c.IS.T
			}
			rows[i] = append(rows[i], v)
		}
	}
	return rows, nil
}
