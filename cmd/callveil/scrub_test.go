package main

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestScrubber(t *testing.T) {
	r := recording{
		Path:       filepath.Join("/data/in", "jane.doe", "2025-09-12_+15551234567.wav"),
		Rel:        "jane.doe/2025-09-12_+15551234567.wav",
		Transcript: filepath.Join("/data/in", "jane.doe", "2025-09-12_+15551234567.json"),
	}
	msgs := []string{
		"wav: open /data/in/jane.doe/2025-09-12_+15551234567.wav: permission denied",
		"aws: results.items[17].start_time: \"Jane Doe\" is not a number (file /data/in/jane.doe/2025-09-12_+15551234567.json)",
		"anonymize: recording 2025-09-12_+15551234567 of jane.doe/2025-09-12_+15551234567.wav is corrupt",
		"whisper: bad value 4111111111111111 at offset 1234",
	}
	leaks := []string{"jane", "doe", "Jane Doe", "5551234567", "4111111111111111", "/data/in"}
	s := newScrubber(r, true)
	for _, m := range msgs {
		got := s.scrub(m)
		for _, l := range leaks {
			assert.NotContains(t, got, l, "from %q", m)
		}
	}
	assert.Equal(t, "wav: open <input>: permission denied", s.scrub(msgs[0]))

	// Object storage errors name the request URL, key escaped.
	b := recording{Path: "agent maria/2025-09-12_+15551234567.wav", Rel: "agent maria/2025-09-12_+15551234567.wav"}
	esc := newScrubber(b, true).scrub(`GET "http://s3/calls/in/agent%20maria/2025-09-12_%2B15551234567.wav": EOF; GET http://s3/calls/in/agent%20maria/x: EOF`)
	assert.NotContains(t, esc, "maria")
	assert.NotContains(t, esc, "5551234567")
	assert.Contains(t, s.scrub(msgs[1]), "results.items[17].start_time", "the where stays")
	assert.Contains(t, s.scrub(msgs[3]), "offset 1234", "short numbers stay")

	// --names keep: paths may stay (the manifest holds them anyway), quoted
	// values and long digit runs still go.
	k := newScrubber(r, false)
	got := k.scrub(msgs[1])
	assert.Contains(t, got, "jane.doe/")
	assert.NotContains(t, got, "Jane Doe")
}
