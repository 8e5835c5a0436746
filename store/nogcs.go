//go:build callveil_nogcs

package store

func init() { withoutScheme["gs"] = "callveil_nogcs" }
