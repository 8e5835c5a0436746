package main

import (
	"github.com/callveil/callveil/anonymize"
)

// keyFileEnv names the environment variable that can point at the key file
// instead of --key-file.
const keyFileEnv = "CALLVEIL_KEY_FILE"

// ephemeralKeyWarning is printed on stderr when a run has no key file.
const ephemeralKeyWarning = "callveil: warning: no --key-file and no " + keyFileEnv + ": using a one-time random key, so voices, pseudonyms and hashed names will not match those of any other run (make a key with: callveil keygen -o FILE)"

// loadKey reads the key from flagPath, or else from the file named by
// $CALLVEIL_KEY_FILE (looked up with getenv). With neither, it makes a
// random key and reports ephemeral. A key file readable by group or others
// is refused (anonymize.ReadKeyFile checks).
func loadKey(flagPath string, getenv func(string) string) (k anonymize.Key, ephemeral bool, err error) {
	p := flagPath
	if p == "" {
		p = getenv(keyFileEnv)
	}
	if p == "" {
		k, err = anonymize.NewRandomKey()
		return k, true, err
	}
	k, err = anonymize.ReadKeyFile(p)
	return k, false, err
}
