//go:build callveil_nogcs || callveil_noazure

package store

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestWithoutScheme: a build that leaves a cloud out refuses its URLs and
// names the tag; the others still open.
func TestWithoutScheme(t *testing.T) {
	for scheme, tag := range withoutScheme {
		_, err := Open(context.Background(), scheme+"://bucket/calls/", false)
		assert.ErrorIs(t, err, ErrURL)
		assert.ErrorContains(t, err, tag)
	}
	assert.NotEmpty(t, withoutScheme)
	l, err := Open(context.Background(), "mem://", false)
	if assert.NoError(t, err) {
		l.Close()
	}
}
