//go:build !callveil_noazure

package main

// An Azure Blob server for the azblob:// end-to-end tests: Azurite
// (Microsoft's Azure Storage emulator, MIT), started by the test over
// loopback with its data in memory. Azurite is a Node.js program, not a Go
// module, so the test finds it as a program: CALLVEIL_AZURITE names its
// azurite-blob script, else azurite-blob on PATH; without it the tests
// skip, unless CALLVEIL_TEST_REQUIRE_AZURITE is set (as .ci/run sets it
// when it could install Azurite), which makes them fail instead.
// Install it with
//
//	npm install --prefix DIR azurite@3.37.0   # then CALLVEIL_AZURITE=DIR/node_modules/.bin/azurite-blob
//
// The CLI reaches Azurite through gocloud's azureblob and the Azure SDK
// with shared-key credentials from the environment (AZURE_STORAGE_ACCOUNT
// and AZURE_STORAGE_KEY: Azurite's published development account, not a
// secret) and a localemu URL. A Go reverse proxy in front of Azurite
// counts the objects written and lets a test watch them.

import (
	"bufio"
	"context"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/storage/azblob/bloberror"
	"github.com/Azure/azure-sdk-for-go/sdk/storage/azblob/blockblob"
	"github.com/Azure/azure-sdk-for-go/sdk/storage/azblob/container"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/store"
)

const (
	azuriteEnv        = "CALLVEIL_AZURITE"
	requireAzuriteEnv = "CALLVEIL_TEST_REQUIRE_AZURITE"
)

// fakeAzure is a running Azurite behind a counting proxy on 127.0.0.1.
type fakeAzure struct {
	addr   string // the proxy's
	writes atomic.Int64

	mu      sync.Mutex
	written func(key string)
	read    func(container, key string)
	// cut: uploads of keys ending in cutSuffix are dropped after cutN bytes
	cutSuffix string
	cutN      int64
	cut       *atomic.Int32
}

// skipNoAzurite skips the test with the reason given, or fails it under
// requireAzuriteEnv.
func skipNoAzurite(t testing.TB, format string, args ...any) {
	t.Helper()
	if os.Getenv(requireAzuriteEnv) != "" {
		t.Fatalf(format+" ("+requireAzuriteEnv+" is set: the Azure test server must run)", args...)
	}
	t.Skipf(format+" (install it: npm install --prefix DIR azurite@3.37.0, and set "+azuriteEnv+"=DIR/node_modules/.bin/azurite-blob)", args...)
}

var azuriteListens = regexp.MustCompile(`successfully listens on https?://(127\.0\.0\.1:\d+)`)

// azurite is the one Azurite process of the test binary, started by the
// first test that needs it (5-6 s at a load of 8) and stopped by TestMain;
// each test gets its own proxy and empties the containers it uses.
var azurite struct {
	once    sync.Once
	cmd     *exec.Cmd
	backend string // its address, once it listens
	failure string // why it could not start
	dir     string // its working folder
}

// stopAzurite stops the Azurite process, if one was started.
func stopAzurite() {
	if azurite.cmd != nil {
		azurite.cmd.Process.Kill()
		azurite.cmd.Wait()
	}
	if azurite.dir != "" {
		os.RemoveAll(azurite.dir)
	}
}

// runAzurite starts the Azurite process, or says why it could not.
func runAzurite() {
	bin := os.Getenv(azuriteEnv)
	if bin == "" {
		var err error
		if bin, err = exec.LookPath("azurite-blob"); err != nil {
			azurite.failure = "Azurite (azurite-blob) is not installed and " + azuriteEnv + " is not set"
			return
		}
	}
	dir, err := os.MkdirTemp("", "callveil-azurite-")
	if err != nil {
		azurite.failure = err.Error()
		return
	}
	azurite.dir = dir // its working folder: it makes folders there as it goes
	cmd := exec.Command(bin, "--blobHost", "127.0.0.1", "--blobPort", "0", "--inMemoryPersistence",
		"--disableTelemetry", "--skipApiVersionCheck", "--silent")
	cmd.Dir = dir
	cmd.SysProcAttr = azuriteProcAttr() // it dies with the test binary, also without TestMain's stopAzurite
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err == nil {
		err = cmd.Start()
	}
	if err != nil {
		azurite.failure = "cannot start Azurite (" + bin + "): " + err.Error()
		return
	}
	azurite.cmd = cmd
	addr := make(chan string, 1)
	go func() {
		s := bufio.NewScanner(out)
		for s.Scan() {
			if m := azuriteListens.FindStringSubmatch(s.Text()); m != nil {
				addr <- m[1]
			}
		}
		close(addr)
	}()
	select {
	case a, ok := <-addr:
		if ok {
			azurite.backend = a
			return
		}
		azurite.failure = "Azurite (" + bin + ") exited before it listened"
	case <-time.After(60 * time.Second):
		azurite.failure = "Azurite (" + bin + ") did not listen within 60 s"
	}
	stopAzurite()
	azurite.cmd = nil
}

// startAzurite gives the test Azurite behind a proxy of its own, with the
// containers given created empty, and points the Azure environment at
// it, for this test only.
func startAzurite(t *testing.T, containers ...string) *fakeAzure {
	t.Helper()
	azurite.once.Do(runAzurite)
	if azurite.backend == "" {
		skipNoAzurite(t, "%s", azurite.failure)
	}
	backend := azurite.backend
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		skipNoAzurite(t, "cannot listen on loopback for the Azure test proxy: %v", err)
	}
	f := &fakeAzure{addr: ln.Addr().String()}
	proxy := httputil.NewSingleHostReverseProxy(&url.URL{Scheme: "http", Host: backend})
	proxy.ErrorLog = log.New(io.Discard, "", 0) // a cancelled request is an error to it
	proxy.ModifyResponse = func(resp *http.Response) error {
		r := resp.Request
		if resp.StatusCode == http.StatusCreated && r.Method == http.MethodPut && isBlobCommit(r) {
			// /ACCOUNT/CONTAINER/KEY, escaped
			parts := strings.SplitN(strings.TrimPrefix(r.URL.EscapedPath(), "/"), "/", 3)
			if len(parts) == 3 {
				key, _ := url.PathUnescape(parts[2])
				f.writes.Add(1)
				f.mu.Lock()
				fn := f.written
				f.mu.Unlock()
				if fn != nil {
					fn(key)
				}
			}
		}
		return nil
	}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		cutSuffix, cutN, cut := f.cutSuffix, f.cutN, f.cut
		f.mu.Unlock()
		if cutSuffix != "" && r.Method == http.MethodPut && strings.HasSuffix(r.URL.Path, cutSuffix) {
			// Put Blob or Put Block of the object
			io.CopyN(io.Discard, r.Body, cutN)
			cut.Add(1)
			hijackClose(w)
			return
		}
		if r.Method == http.MethodGet && r.URL.Query().Get("comp") == "" && r.URL.Query().Get("restype") == "" {
			// Get Blob: /ACCOUNT/CONTAINER/KEY
			if parts := strings.SplitN(strings.TrimPrefix(r.URL.Path, "/"), "/", 3); len(parts) == 3 && parts[2] != "" {
				f.mu.Lock()
				fn := f.read
				f.mu.Unlock()
				if fn != nil {
					fn(parts[1], parts[2])
				}
			}
		}
		proxy.ServeHTTP(w, r)
	})}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })

	t.Setenv("AZURE_STORAGE_ACCOUNT", azuriteAccount)
	t.Setenv("AZURE_STORAGE_KEY", azuriteKey)
	for _, k := range []string{"AZURE_STORAGE_SAS_TOKEN", "AZURE_STORAGE_CONNECTION_STRING", "AZURE_STORAGEBLOB_CONNECTIONSTRING", "AZURE_STORAGE_DOMAIN", "AZURE_STORAGE_PROTOCOL", "AZURE_STORAGE_IS_LOCAL_EMULATOR"} {
		t.Setenv(k, "")
	}
	for _, c := range containers {
		cc := f.container(t, c)
		if _, err := cc.Delete(context.Background(), nil); err != nil {
			require.True(t, bloberror.HasCode(err, bloberror.ContainerNotFound), "emptying container %s: %v", c, err)
		}
		_, err := cc.Create(context.Background(), nil)
		require.NoError(t, err)
	}
	return f
}

// isBlobCommit reports whether r makes a blob: Put Blob (no comp) or Put
// Block List (comp=blocklist); Put Block only stages.
func isBlobCommit(r *http.Request) bool {
	comp := r.URL.Query().Get("comp")
	return comp == "blocklist" || comp == "" && r.Header.Get("x-ms-blob-type") != ""
}

// container is the Azure SDK's client of container c (through store, so
// with the credentials and endpoint the CLI uses).
func (f *fakeAzure) container(t testing.TB, c string) *container.Client {
	t.Helper()
	l, err := store.Open(context.Background(), f.url(c, ""), false)
	require.NoError(t, err)
	t.Cleanup(func() { l.Close() })
	var cc *container.Client
	require.True(t, l.Bucket.As(&cc))
	return cc
}

// setPublic sets container c's public access level to "container" (or
// off).
func (f *fakeAzure) setPublic(t testing.TB, c string, public bool) {
	t.Helper()
	var opts container.SetAccessPolicyOptions
	if public {
		access := container.PublicAccessTypeContainer
		opts.Access = &access
	}
	_, err := f.container(t, c).SetAccessPolicy(context.Background(), &opts)
	require.NoError(t, err)
}

func (f *fakeAzure) url(c, prefix string) string {
	return "azblob://" + c + "/" + prefix + "?localemu=true&protocol=http&domain=" + f.addr
}

func (f *fakeAzure) put(t testing.TB, c, key string, data []byte, meta map[string]string) {
	t.Helper()
	m := map[string]*string{}
	for k, v := range meta {
		m[k] = &v
	}
	_, err := f.container(t, c).NewBlockBlobClient(key).UploadBuffer(context.Background(), data, &blockblob.UploadBufferOptions{Metadata: m})
	require.NoError(t, err)
}

func (f *fakeAzure) keys(t testing.TB, c, prefix string) []string {
	return listKeys(t, f.url(c, prefix))
}

func (f *fakeAzure) get(t testing.TB, c, key string) ([]byte, store.Attributes) {
	return getObject(t, f.url(c, ""), key)
}

func (f *fakeAzure) remove(t testing.TB, c, key string) {
	removeObject(t, f.url(c, ""), key)
}

func (f *fakeAzure) objectsWritten() int64 { return f.writes.Load() }

func (f *fakeAzure) onWrite(fn func(key string)) {
	f.mu.Lock()
	f.written = fn
	f.mu.Unlock()
}

func (f *fakeAzure) onRead(fn func(container, key string)) {
	f.mu.Lock()
	f.read = fn
	f.mu.Unlock()
}

func (f *fakeAzure) cutUploads(suffix string, n int64, cut *atomic.Int32) {
	f.mu.Lock()
	f.cutSuffix, f.cutN, f.cut = suffix, n, cut
	f.mu.Unlock()
}
