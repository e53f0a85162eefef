package service

import (
	"errors"
	"fmt"
	"strings"

	"github.com/koderover/zadig/v2/pkg/setting"
)

type CreateWidgetReq struct {
	Name     string            `json:"name"`
	Kind     string            `json:"kind"`
	Color    string            `json:"color"`
	Provider string            `json:"provider"`
	Region   string            `json:"region"`
	Zone     string            `json:"zone"`
	Tags     []string          `json:"tags"`
	Labels   map[string]string `json:"labels"`
	Size     int               `json:"size"`
	Hidden   string            `json:"-"`
}

func (req *CreateWidgetReq) Validate() error {
	// Required: an empty string, an empty list, a nil map.
	if strings.TrimSpace(req.Name) == "" {
		return errors.New("name is required")
	}
	if len(req.Tags) == 0 || req.Labels == nil {
		return errors.New("tags and labels are required")
	}
	// Allowed values: a switch whose default fails (an absent kind fails too).
	switch req.Kind {
	case setting.KindSmall, setting.KindLarge:
	default:
		return fmt.Errorf("unsupported kind %s", req.Kind)
	}
	// Allowed values: a comparison with each accepted value.
	if req.Color != "red" && req.Color != "blue" {
		return errors.New("color must be red or blue")
	}
	// Required when another field has (or has not) some value.
	if req.Provider == "cloud" && req.Region == "" {
		return errors.New("region is required for the cloud provider")
	}
	if req.Zone == "" && req.Provider != "cloud" {
		return errors.New("zone is required outside the cloud")
	}
	// Not a requirement: a range check on a number.
	if req.Size < 0 {
		return errors.New("size must not be negative")
	}
	return nil
}

type ScaleReq struct {
	ProjectKey string `json:"project_key"`
	Name       string `json:"name"`
	Replicas   int    `json:"replicas"`
}

func (req *ScaleReq) Validate() (bool, error) {
	if req.ProjectKey == "" {
		return false, errors.New("projectKey is required")
	}
	if req.Name == "" {
		return false, errors.New("name is required")
	}
	if req.Replicas == 0 {
		return false, errors.New("replicas is required")
	}
	return true, nil
}

func (req *ScaleReq) Validate2() error {
	if req.Name == "" {
		return errors.New("name is required")
	}
	return nil
}

type ImportReq struct {
	Enabled bool      `json:"enabled"`
	Items   []*Item   `json:"items"`
	Owner   *Owner    `json:"owner,omitempty"`
	Mode    string    `json:"mode"`
}

type Item struct {
	ID     string `json:"id"`
	Source string `json:"source"`
	Yaml   string `json:"yaml"`
	Ref    string `json:"ref"`
}

type Owner struct {
	Email string `json:"email"`
}

func (req *ImportReq) Validate() error {
	// Checks on an optional part apply when it is given.
	if req.Owner != nil && req.Owner.Email == "" {
		return errors.New("owner email is required")
	}
	// Checks on every element of a list; a nil element is skipped.
	for _, item := range req.Items {
		if item == nil {
			continue
		}
		if item.ID == "" {
			return errors.New("id is required")
		}
		switch item.Source {
		case "yaml":
			if item.Yaml == "" {
				return errors.New("yaml is required")
			}
		case "git":
			if item.Ref == "" {
				return errors.New("ref is required")
			}
		default:
			return errors.New("unknown source")
		}
	}
	// After an early return, what follows applies only when the import is enabled.
	if !req.Enabled {
		return nil
	}
	if req.Mode == "" {
		return errors.New("mode is required")
	}
	// Under two conditions (enabled, and the mode): more than a fact says, so left out.
	if req.Mode == "strict" && req.Owner == nil {
		return errors.New("strict imports need an owner")
	}
	return nil
}

func CreateWidget(req *CreateWidgetReq) error {
	return nil
}
