package names_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/callveil/callveil/redact/internal/names"
)

func TestIsWorldTown_KnowsTownsThatAreAlsoGivenNames(t *testing.T) {
	for _, w := range []string{"florence", "austin", "regina", "chelsea", "victoria", "lincoln", "jackson", "orlando",
		"savannah", "surabaya", "kamloops", "buenos aires", "são paulo", "kraków"} {
		assert.True(t, names.IsWorldTown(w), w)
	}
	for _, w := range []string{"", "grace", "okafor", "british columbia", "florence italy"} {
		assert.False(t, names.IsWorldTown(w), w)
	}
}

func TestIsWorldRegion_KnowsStatesAndProvinces(t *testing.T) {
	for _, w := range []string{"saskatchewan", "british columbia", "ontario", "texas", "bavaria", "new south wales"} {
		assert.True(t, names.IsWorldRegion(w), w)
	}
	for _, w := range []string{"", "florence", "british", "columbia british"} {
		assert.False(t, names.IsWorldRegion(w), w)
	}
}
