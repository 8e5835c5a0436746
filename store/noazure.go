//go:build callveil_noazure

package store

func init() { withoutScheme["azblob"] = "callveil_noazure" }
