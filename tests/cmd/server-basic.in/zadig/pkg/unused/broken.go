package unused

// Nothing reaches this package, so its syntax error does not stop the extraction.
func Broken( {
