package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestInfo_ReportsFLACAndOpusCodecs(t *testing.T) {
	t.Parallel()
	flacFile := "../../audio/testdata/flac_16k_stereo24.flac"
	opusFile := "../../audio/testdata/opus_silk_wb_stereo.opus"
	webmFile := "../../audio/testdata/opus_16k_stereo_live.webm"
	code, out, errOut := runInProcess(t, "info", flacFile, opusFile, webmFile)
	require.Equal(t, exitOK, code, errOut)
	assert.Contains(t, out, webmFile+": webm opus (CELT WB 20.0 ms: 26 packets), 48000 Hz, 2 ch, 0.500 s\n", "WebM: decoded to find its length")
	assert.Contains(t, out, flacFile+": flac flac, 16000 Hz, 2 ch, 0.500 s\n")
	assert.Contains(t, out, opusFile+": ogg opus (SILK WB 20 ms: 20 packets, hybrid FB 20 ms: 6 packets), 48000 Hz, 2 ch, 0.500 s\n")

	code, out, _ = runInProcess(t, "info", "--json", opusFile)
	require.Equal(t, exitOK, code)
	var fi map[string]any
	require.NoError(t, json.Unmarshal([]byte(strings.TrimSpace(out)), &fi))
	assert.Equal(t, "opus", fi["encoding"])
	assert.Equal(t, "SILK WB 20 ms: 20 packets, hybrid FB 20 ms: 6 packets", fi["opus_modes"])
	assert.InDelta(t, 24000, fi["frames"], 0)
}
