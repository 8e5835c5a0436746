package mp3

import (
	"fmt"
	"strconv"
	"strings"
)

// A huffTable decodes one Huffman code of Table B.7 with lookup tables:
// the next rootBits bits of the stream index the root table, whose entry
// is either a symbol (its value and how many of the looked-up bits its code
// takes) or a link to a sub-table for the following bits.
//
// Entry layout: bit 31 set: link, bits 16-20 the sub-table's width, bits
// 0-15 its offset in lut. Bit 31 clear: symbol, bits 8-12 the code bits
// taken at this level (0 marks a bit pattern no code starts with), bits 0-7
// the value (x<<4 | y, or vwxy for count1).
type huffTable struct {
	lut      []uint32
	rootBits uint
}

const (
	huffLink    = 1 << 31
	maxRootBits = 8
	maxSubBits  = 8
)

var (
	bigTables   [32]*huffTable // by table_select; nil for 0, 4 and 14
	count1Table [2]*huffTable  // count1table_select 0 (A) and 1 (B)
)

// huffCode is one row of Table B.7.
type huffCode struct {
	value uint8
	len   uint8
	code  uint32
}

func init() {
	parse := func(name string) []huffCode {
		var rows []huffCode
		f := strings.Fields(tableB7[name])
		for i := 0; i+4 <= len(f); i += 4 {
			x, _ := strconv.Atoi(f[i])
			y, _ := strconv.Atoi(f[i+1])
			n, _ := strconv.Atoi(f[i+2])
			c, err := strconv.ParseUint(f[i+3], 2, 32)
			if err != nil || len(f[i+3]) != n {
				panic(fmt.Sprintf("mp3: table B.7 %s row %d is malformed", name, i/4))
			}
			rows = append(rows, huffCode{uint8(x<<4 | y), uint8(n), uint32(c)})
		}
		return rows
	}
	for _, n := range []int{1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15, 16, 24} {
		t := newHuffTable(parse(strconv.Itoa(n)))
		bigTables[n] = t
		switch n {
		case 16:
			for m := 17; m <= 23; m++ {
				bigTables[m] = t
			}
		case 24:
			for m := 25; m <= 31; m++ {
				bigTables[m] = t
			}
		}
	}
	count1Table[0] = newHuffTable(parse("A"))
	var b []huffCode
	for v := 0; v < 16; v++ {
		b = append(b, huffCode{uint8(v), 4, uint32(15 - v)})
	}
	count1Table[1] = newHuffTable(b)
}

// newHuffTable builds the lookup tables for a prefix code.
func newHuffTable(codes []huffCode) *huffTable {
	maxLen := uint(0)
	for _, c := range codes {
		maxLen = max(maxLen, uint(c.len))
	}
	t := &huffTable{rootBits: min(maxLen, maxRootBits)}
	t.lut = make([]uint32, 1<<t.rootBits)
	t.fill(0, t.rootBits, 0, 0, codes)
	return t
}

// fill fills the sub-table at off, of the given width, for the codes that
// begin with prefix (depth bits long).
func (t *huffTable) fill(off int, width, depth uint, prefix uint32, codes []huffCode) {
	// Codes ending within this level.
	var longer []huffCode
	for _, c := range codes {
		if uint(c.len) < depth || c.code>>(uint(c.len)-depth) != prefix {
			continue
		}
		rest := uint(c.len) - depth
		if rest <= width {
			idx := (c.code & (1<<rest - 1)) << (width - rest)
			for i := uint32(0); i < 1<<(width-rest); i++ {
				t.lut[off+int(idx+i)] = uint32(rest)<<8 | uint32(c.value)
			}
		} else {
			longer = append(longer, c)
		}
	}
	// Codes going on: one sub-table per distinct next width bits.
	for p := uint32(0); p < 1<<width && len(longer) > 0; p++ {
		np := prefix<<width | p
		var sub []huffCode
		maxRest := uint(0)
		for _, c := range longer {
			if c.code>>(uint(c.len)-depth-width) == np {
				sub = append(sub, c)
				maxRest = max(maxRest, uint(c.len)-depth-width)
			}
		}
		if len(sub) == 0 {
			continue
		}
		w := min(maxRest, maxSubBits)
		at := len(t.lut)
		t.lut = append(t.lut, make([]uint32, 1<<w)...)
		t.lut[off+int(p)] = huffLink | uint32(w)<<16 | uint32(at)
		t.fill(at, w, depth+width, np, sub)
	}
}
