package buildkit

// Say returns the lowercase words a speaker says for one written token,
// by the rules the lower-style twins use (speak.go): typ is the entity
// type the token belongs to ("" outside any entity), which decides how a
// number is read (digit by digit for ids and phones, as a house number in
// an address, as an amount or a time elsewhere). key makes the per-call
// choices ("oh" or "zero", digit pairs) the same on every run. A token
// that is not said (a dash, a bracket) gives no words and no error.
func Say(token, typ string, key ...any) ([]string, error) {
	return speak(token, typ, key...)
}
