//go:build callveil_noazure || !linux

package main

import "syscall"

// azuriteChildParts: the test binary's Azurite parts are Linux's only.
func azuriteChildParts() {}

// azuriteProcAttr: elsewhere Azurite is stopped by TestMain only.
func azuriteProcAttr() *syscall.SysProcAttr { return nil }
