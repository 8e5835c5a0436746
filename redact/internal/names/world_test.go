package names_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/callveil/callveil/redact/internal/names"
)

func TestIsWorldTown_KnowsTownsThatAreAlsoGivenNames(t *testing.T) {
	for _, w := range []string{"florence", "austin", "regina", "chelsea", "victoria", "lincoln", "jackson", "orlando",
		"savannah", "surabaya", "kamloops", "buenos aires", "são paulo", "kraków"} {
		assert.True(t, names.IsWorldTown(strings.Fields(w)...), w)
	}
	for _, w := range []string{"", "grace", "okafor", "british columbia", "florence italy", "rio", "rio de", "buenos aires argentina"} {
		assert.False(t, names.IsWorldTown(strings.Fields(w)...), w)
	}
}

func TestIsWorldRegion_KnowsStatesAndProvinces(t *testing.T) {
	for _, w := range []string{"saskatchewan", "british columbia", "ontario", "texas", "bavaria", "new south wales"} {
		assert.True(t, names.IsWorldRegion(strings.Fields(w)...), w)
	}
	for _, w := range []string{"", "florence", "british", "columbia british"} {
		assert.False(t, names.IsWorldRegion(strings.Fields(w)...), w)
	}
}

func TestIsWorldTown_AllocatesNothing(t *testing.T) {
	names.IsWorldTown("warm", "up")
	assert.Zero(t, testing.AllocsPerRun(100, func() {
		names.IsWorldTown("rio", "de", "janeiro")
		names.IsWorldRegion("british", "columbia")
	}))
}
