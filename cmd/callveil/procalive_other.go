//go:build !unix

package main

// processAlive cannot tell here, so every process counts as alive and no
// other run's temporary folder is removed.
func processAlive(int) bool { return true }
