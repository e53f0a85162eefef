package setting

type Color string

const (
	ColorRed  Color = "red"
	ColorBlue Color = "blue"
)

const (
	StatusActive  = "active"
	StatusStopped = "stopped"
)
