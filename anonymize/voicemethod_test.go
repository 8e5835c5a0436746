package anonymize_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/callveil/callveil/anonymize"
)

// The methods kept only to reproduce their measurements are marked so
// (the CLI's help says it), and the default is not among them.
func TestVoiceMethod_ExperimentalOnesAreMarked(t *testing.T) {
	var experimental []anonymize.VoiceMethod
	for _, m := range anonymize.VoiceMethods() {
		if m.Experimental() {
			experimental = append(experimental, m)
		}
	}
	assert.Equal(t, []anonymize.VoiceMethod{anonymize.VoicePseudoNorm, anonymize.VoicePseudoVQ}, experimental)
	assert.False(t, anonymize.VoiceCascade.Experimental(), "the default method")
}
