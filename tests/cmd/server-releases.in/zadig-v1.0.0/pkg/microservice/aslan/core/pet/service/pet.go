package service

type Pet struct {
	Name string `json:"name"`
	Kind string `json:"kind"`
}

func ListPets(kind string) ([]*Pet, error) {
	return nil, nil
}

func RestartPet(name string) error {
	return nil
}
