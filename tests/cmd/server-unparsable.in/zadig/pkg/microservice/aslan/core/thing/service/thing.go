package service

func NameOf(id string) string {
	return id +
}
