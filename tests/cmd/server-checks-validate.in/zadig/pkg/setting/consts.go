package setting

const (
	KindSmall = "small"
	KindLarge = "large"
)
