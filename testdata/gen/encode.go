package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
)

// encode writes the laid-out call to outPath in the call's format: a 32-bit
// float master at synthRate goes through sox (resampling, G.711) and, for
// MP3, lame. sox runs with -D (no dither) so its output is repeatable.
func encode(c *call, l *layout, work, outPath string) error {
	master := filepath.Join(work, c.Name+".master.wav")
	if err := os.WriteFile(master, floatWAV(l.Chans, synthRate), 0o644); err != nil {
		return err
	}
	rate := strconv.Itoa(c.Rate)
	switch c.Enc {
	case encPCM16:
		return runTool("sox", "-D", "-V1", master, "-e", "signed-integer", "-b", "16", outPath, "rate", "-v", rate)
	case encULaw:
		return runTool("sox", "-D", "-V1", master, "-e", "u-law", "-b", "8", outPath, "rate", "-v", rate)
	case encALaw:
		if err := runTool("sox", "-D", "-V1", master, "-e", "a-law", "-b", "8", outPath, "rate", "-v", rate); err != nil {
			return err
		}
		if len(c.Tags) > 0 {
			return addInfoChunk(outPath, c.Tags)
		}
		return nil
	case encMP3:
		pcm := filepath.Join(work, c.Name+".pcm.wav")
		if err := runTool("sox", "-D", "-V1", master, "-e", "signed-integer", "-b", "16", pcm, "rate", "-v", rate); err != nil {
			return err
		}
		mode := "m"
		if c.Stereo {
			mode = "j"
		}
		args := []string{"--quiet", "--noreplaygain", "-m", mode, "--cbr", "-b", strconv.Itoa(c.MP3Bitrate), "--resample", strconv.FormatFloat(float64(c.Rate)/1000, 'f', -1, 64)}
		if len(c.Tags) > 0 {
			args = append(args, "--add-id3v2", "--id3v2-latin1")
			for _, t := range c.Tags {
				args = append(args, t.ID, t.Value)
			}
		}
		return runTool("lame", append(args, pcm, outPath)...)
	}
	return fmt.Errorf("%s: unknown encoding %d", c.Name, c.Enc)
}

func runTool(name string, args ...string) error {
	cmd := exec.Command(name, args...)
	var errb bytes.Buffer
	cmd.Stderr = &errb
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("%s %s: %w: %s", name, strings.Join(args, " "), err, strings.TrimSpace(errb.String()))
	}
	return nil
}

// floatWAV is a WAV file of 32-bit IEEE float samples (format tag 3).
func floatWAV(chans [][]float32, rate int) []byte {
	nch, n := len(chans), len(chans[0])
	var b bytes.Buffer
	le := binary.LittleEndian
	b.WriteString("RIFF")
	binary.Write(&b, le, uint32(4+8+16+8+4*nch*n))
	b.WriteString("WAVEfmt ")
	for _, v := range []any{uint32(16), uint16(3), uint16(nch), uint32(rate), uint32(4 * nch * rate), uint16(4 * nch), uint16(32)} {
		binary.Write(&b, le, v)
	}
	b.WriteString("data")
	binary.Write(&b, le, uint32(4*nch*n))
	buf := make([]byte, 4*nch*n)
	for i := 0; i < n; i++ {
		for ch := 0; ch < nch; ch++ {
			le.PutUint32(buf[4*(i*nch+ch):], math.Float32bits(chans[ch][i]))
		}
	}
	b.Write(buf)
	return b.Bytes()
}

type chunk struct {
	ID   string
	Body []byte
}

// readChunks splits a RIFF/WAVE file into its chunks.
func readChunks(b []byte) ([]chunk, error) {
	if len(b) < 12 || string(b[0:4]) != "RIFF" || string(b[8:12]) != "WAVE" {
		return nil, fmt.Errorf("not a RIFF/WAVE file")
	}
	var cs []chunk
	for p := 12; p < len(b); {
		if p+8 > len(b) {
			return nil, fmt.Errorf("truncated chunk header at byte %d", p)
		}
		size := int(binary.LittleEndian.Uint32(b[p+4:]))
		if p+8+size > len(b) {
			return nil, fmt.Errorf("chunk %q at byte %d claims %d bytes, file has %d", b[p:p+4], p, size, len(b)-p-8)
		}
		cs = append(cs, chunk{ID: string(b[p : p+4]), Body: b[p+8 : p+8+size]})
		p += 8 + size + size&1
	}
	return cs, nil
}

func writeChunks(cs []chunk) []byte {
	var body bytes.Buffer
	body.WriteString("WAVE")
	for _, c := range cs {
		body.WriteString(c.ID)
		binary.Write(&body, binary.LittleEndian, uint32(len(c.Body)))
		body.Write(c.Body)
		if len(c.Body)&1 == 1 {
			body.WriteByte(0)
		}
	}
	var b bytes.Buffer
	b.WriteString("RIFF")
	binary.Write(&b, binary.LittleEndian, uint32(body.Len()))
	b.Write(body.Bytes())
	return b.Bytes()
}

// addInfoChunk inserts a LIST/INFO chunk with the tags before the data
// chunk, where recorders commonly put it.
func addInfoChunk(path string, tags []tag) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	cs, err := readChunks(b)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	var info bytes.Buffer
	info.WriteString("INFO")
	for _, t := range tags {
		v := append([]byte(t.Value), 0)
		info.WriteString(t.ID)
		binary.Write(&info, binary.LittleEndian, uint32(len(v)))
		info.Write(v)
		if len(v)&1 == 1 {
			info.WriteByte(0)
		}
	}
	var out []chunk
	for _, c := range cs {
		if c.ID == "data" {
			out = append(out, chunk{ID: "LIST", Body: info.Bytes()})
		}
		out = append(out, c)
	}
	return os.WriteFile(path, writeChunks(out), 0o644)
}
