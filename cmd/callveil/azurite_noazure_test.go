//go:build callveil_noazure

package main

// stopAzurite: no Azurite in a build without the Azure driver.
func stopAzurite() {}
