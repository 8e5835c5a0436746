package anonymize

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
)

// KeySize is the length of a callveil key in bytes.
const KeySize = 32

// Key is the one secret from which callveil derives everything that must be
// stable but unguessable: voice parameters per speaker, pseudonyms in text,
// hashed output names. Each use is separated by a purpose label, so knowing
// one derived value tells nothing about another.
//
// A Key never appears in logs, outputs or the manifest; its String method
// prints a placeholder.
type Key struct {
	secret []byte
}

// ErrKeyFile is wrapped by every error about a key file (missing, malformed,
// readable by others).
var ErrKeyFile = errors.New("key file")

// NewRandomKey returns a fresh key from the operating system's random source.
func NewRandomKey() (Key, error) {
	b := make([]byte, KeySize)
	if _, err := rand.Read(b); err != nil {
		return Key{}, fmt.Errorf("anonymize: making a random key: %w", err)
	}
	return Key{secret: b}, nil
}

// KeyFromBytes makes a key from secret bytes (at least 16). The bytes are
// copied.
func KeyFromBytes(b []byte) (Key, error) {
	if len(b) < 16 {
		return Key{}, fmt.Errorf("anonymize: key has %d bytes, need at least 16: %w", len(b), ErrKeyFile)
	}
	return Key{secret: append([]byte(nil), b...)}, nil
}

// IsZero reports whether k holds no secret (the zero Key).
func (k Key) IsZero() bool { return len(k.secret) == 0 }

// String never reveals the key.
func (k Key) String() string { return "callveil-key(redacted)" }

// GoString never reveals the key, even under %#v.
func (k Key) GoString() string { return k.String() }

// Derive returns HMAC-SHA256(key, purpose || 0x00 || id): a stable,
// unguessable 32-byte value for one use of the key. Callers pick a distinct
// purpose per use ("voice", "pseudonym", "name").
func (k Key) Derive(purpose, id string) []byte {
	if k.IsZero() {
		panic("anonymize: Derive on a zero Key")
	}
	m := hmac.New(sha256.New, k.secret)
	m.Write([]byte(purpose))
	m.Write([]byte{0})
	m.Write([]byte(id))
	return m.Sum(nil)
}

// Bytes returns a copy of the secret, for handing to packages that take a
// raw key (such as redact.Policy.Key for pseudonyms). Never log it.
func (k Key) Bytes() []byte { return append([]byte(nil), k.secret...) }

// WriteKeyFile creates path with mode 0600 holding k as hex text. It refuses
// to overwrite an existing file.
func WriteKeyFile(path string, k Key) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, keyFileMode)
	if err != nil {
		return fmt.Errorf("anonymize: creating key file: %w", err)
	}
	// Make sure of the mode even under an unusual umask.
	if err := f.Chmod(keyFileMode); err != nil {
		f.Close()
		os.Remove(path)
		return fmt.Errorf("anonymize: key file mode: %w", err)
	}
	if _, err := f.WriteString(hex.EncodeToString(k.secret) + "\n"); err != nil {
		f.Close()
		os.Remove(path)
		return fmt.Errorf("anonymize: writing key file: %w", err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		os.Remove(path)
		return fmt.Errorf("anonymize: writing key file: %w", err)
	}
	return f.Close()
}

// maxKeyFileSize bounds what ReadKeyFile reads: a key file is a line of hex.
const maxKeyFileSize = 4096

// ReadKeyFile reads a key written by WriteKeyFile (hex text, surrounding
// white space ignored). It refuses a file that group or others can read or
// write, since anyone who holds the key can link outputs and recompute
// pseudonyms.
func ReadKeyFile(path string) (Key, error) {
	f, err := os.Open(path)
	if err != nil {
		return Key{}, fmt.Errorf("anonymize: %w: %w", ErrKeyFile, err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return Key{}, fmt.Errorf("anonymize: %w: %w", ErrKeyFile, err)
	}
	if !st.Mode().IsRegular() {
		return Key{}, fmt.Errorf("anonymize: %w: %s is not a regular file", ErrKeyFile, path)
	}
	if perm := st.Mode().Perm(); perm&0o077 != 0 {
		return Key{}, fmt.Errorf("anonymize: %w: %s has mode %v, readable or writable by group or others; run chmod 600 on it", ErrKeyFile, path, perm)
	}
	if st.Size() > maxKeyFileSize {
		return Key{}, fmt.Errorf("anonymize: %w: %s is %d bytes, not a key", ErrKeyFile, path, st.Size())
	}
	buf := make([]byte, st.Size())
	if _, err := f.ReadAt(buf, 0); err != nil && st.Size() > 0 {
		return Key{}, fmt.Errorf("anonymize: %w: %w", ErrKeyFile, err)
	}
	b, err := hex.DecodeString(strings.TrimSpace(string(buf)))
	if err != nil {
		// The error from hex would echo key material; say only what is wrong.
		return Key{}, fmt.Errorf("anonymize: %w: %s does not hold hex text", ErrKeyFile, path)
	}
	return KeyFromBytes(b)
}

// keyFileMode is the permission callveil gives key files.
const keyFileMode fs.FileMode = 0o600
