package models

// A flow: YAML reads `name` as JSON does, skips `id` and `debug`, reads `DisplayName` under
// its lower-cased Go name and `owner` under another name.
type Flow struct {
	ID          string  `yaml:"-"            json:"id"`
	Name        string  `yaml:"name"         json:"name"`
	DisplayName string  `json:"display_name"`
	Owner       string  `yaml:"created_by"   json:"owner"`
	Debug       bool    `yaml:"-"            json:"debug"`
	Steps       []*Step `yaml:"steps"        json:"steps"`
	Hooks       []*Hook `yaml:"-"            json:"hooks"`
	Note        *Note   `yaml:"note"         json:"note,omitempty"`
}

// Embedded twice: inlined for YAML (`Meta`) and not (`Audit`, whose fields YAML does not read
// at this level).
type Step struct {
	Meta  `yaml:",inline" json:",inline"`
	Audit `json:",inline"`
	Kind  string `yaml:"kind" json:"kind"`
}

type Meta struct {
	Label string `yaml:"label" json:"label"`
}

type Audit struct {
	Author string `yaml:"author" json:"author"`
}

// Reached only through a field YAML skips: no YAML names recorded.
type Hook struct {
	URL string `json:"url"`
}

type Note struct {
	Text string `json:"text"`
}
