// Package store is where recordings live when they are not on a local disk:
// it opens inputs and creates outputs in object storage by URL (s3://,
// gs://, azblob://, file://, and plain paths), through gocloud.dev/blob, the
// portable API for the three clouds. It owns floor 1 of callveil's layers
// (see DESIGN.md) beside audio and transcript, and knows nothing of
// callveil: no audio, no transcripts, no manifests.
//
// # Credentials
//
// store never takes a secret. Each cloud's driver reads its standard chain:
// AWS environment variables, shared profile, web identity (EKS IRSA) or
// instance role for s3://; Application Default Credentials (GKE workload
// identity) for gs://; the Azure environment (AZURE_STORAGE_ACCOUNT plus
// DefaultAzureCredential or a SAS) for azblob://. Query parameters that are
// not secrets pass through to the driver: s3://b/p/?region=eu-west-1,
// ?endpoint=http://127.0.0.1:9000&use_path_style=true for an
// S3-compatible server.
//
// # Writing
//
// Location.Create returns a writer whose object becomes visible only when
// Close returns nil: every driver buffers or uploads in parts and makes
// the object at the end (S3 PutObject or CompleteMultipartUpload, GCS and
// Azure final commit, fileblob a rename). Cancelling the context given to
// Create before Close aborts the write, and a failed Close leaves no object
// (S3 multipart uploads are aborted). An object is written once, with the
// Content-Type the caller names (never sniffed) and no user metadata, so
// nothing of a source object's metadata reaches an output.
//
// Location.Put writes an object whose bytes are already whole (a file or
// a buffer) with the same guarantees. On S3 it sends objects up to 16 MiB
// as one PutObject that streams from the caller's reader, where gocloud's
// writer would pass them through the AWS upload manager, which first
// copies each object into a buffer grown from 512 bytes; larger objects,
// and locations opened with ssetype or kmskeyid (which only s3blob's
// writer applies), go through the writer. Location.RemoveAll deletes many
// objects, 1,000 per S3 DeleteObjects request.
//
// # Reading
//
// Location.Open streams one object with a single GET. It does not offer
// range reads on purpose: callveil's MP3 decoder counts frame headers by
// seeking from frame to frame before it decodes, so range reads would cost
// one request per frame (over 10,000 for a ten-minute call) and then read
// the whole object again; and many GETs of one object can mix two versions
// if it is replaced meanwhile. A WAV could be read through range reads,
// but only in large blocks to keep the request count down, which is a
// spool by another name. The pipeline instead reads each input whole with
// one GET: into memory up to 16 MiB (most calls: 17 minutes of 8 kHz WAV),
// else into a private temporary file with a size limit, removed on every
// exit path (see anonymize.Storage). One request, one consistent version,
// memory or disk of one recording per worker, and a call of ordinary
// length never touches the disk unredacted.
//
// # Listing
//
// Location.List reads a prefix page by page (1,000 keys a page, the S3
// maximum) and hands each page to a callback, so the listing itself never
// holds more than one page; what the caller keeps of it is its own choice.
//
// # Public outputs
//
// Location.Public asks the provider whether anyone on the internet can read
// the location: for S3 the bucket's public access block, policy status and
// ACL; for GCS the bucket's IAM policy (allUsers, allAuthenticatedUsers);
// for Azure the container's public access level. When the API cannot tell
// (no permission, or a server that does not implement the call) it says so
// with PublicUnknown rather than guess. The three checks are tested
// through their real drivers over loopback, not against the clouds: S3
// against the S3 test server (gofakes3, which does not implement these
// calls: the tests answer GetBucketPolicyStatus the way S3 does, and
// gofakes3's answers to the others read as "not public"); GCS (gcsblob
// and the Cloud Storage client, pointed at the server by
// STORAGE_EMULATOR_HOST) and Azure (azureblob and the Azure SDK with
// shared-key credentials, localemu URL) against test servers that answer
// buckets.getIamPolicy with the documented JSON and Get Container
// Properties with the documented x-ms-blob-public-access header, for
// public, private and permission-denied answers. No emulator serves these
// two calls (fake-gcs-server v1.56 has no bucket IAM route). S3 object
// ACLs and GCS object ACLs (fine-grained access) are not checked.
//
// # Cost, measured
//
// On testdata/calls (five calls, 168 s of audio: four 8 kHz WAVs, one 44.1 kHz MP3) anonymized
// folder to folder and S3 to S3 over loopback, one after the other in one
// process, on a shared 2-core machine whose load average was 8 to 19
// (BenchmarkAnonymize_FolderVsBucket in cmd/callveil, 8 iterations each):
// the bucket run used 1.23 times the CPU time of the folder run (both
// worker counts), about half of the extra being the in-process S3 server
// itself (MD5 and copies of every upload) and the rest the AWS SDK (SigV4
// hashes the payload over plain HTTP) and the spool and staging copies.
// Wall time, which the machine's other load disturbs more, came out at
// 0.46 to 1.26 times the folder run's over four runs (1.08 to 1.26 in
// six of the eight), and 0.43 to 1.16 without the time spent inside the
// server's handler (measured in the last three runs).
package store
