package service

type Pet struct {
	Name  string `json:"name"`
	Kind  string `json:"kind"`
	Owner string `json:"owner,omitempty"`
}

func ListPets(kind, owner string) ([]*Pet, error) {
	return nil, nil
}

func RestartPet(name string) error {
	return nil
}
