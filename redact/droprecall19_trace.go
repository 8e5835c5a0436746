package redact

// dropTrace, when a test sets it, is told of every PERSON finding one of
// the trims that read a found name as something else drops (radioTrim,
// townTrim, brandTrim, eponymTrim), with the trim's name and the channel
// streams. It is nil in use, where the trims run as before (task
// droprecall19: a verbose probe mode names the drop behind a lost name).
var dropTrace func(trim string, streams []*Tokens, dropped Finding)

// traceTrim runs trim over all and, when dropTrace is set, tells it of
// each PERSON finding the trim dropped.
func traceTrim(name string, streams []*Tokens, all []Finding, trim func([]*Tokens, []Finding) []Finding) []Finding {
	if dropTrace == nil {
		return trim(streams, all)
	}
	before := append([]Finding(nil), all...)
	after := trim(streams, all)
	kept := map[[3]int]bool{}
	for _, f := range after {
		kept[[3]int{f.Channel, f.FirstWord, f.LastWord}] = true
	}
	for _, f := range before {
		if f.Type == Person && !kept[[3]int{f.Channel, f.FirstWord, f.LastWord}] {
			dropTrace(name, streams, f)
		}
	}
	return after
}
