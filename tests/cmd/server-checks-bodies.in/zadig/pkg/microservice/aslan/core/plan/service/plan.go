package service

import "errors"

type PlanReq struct {
	Name    string `json:"name"`
	Manager string `json:"manager"`
	Notes   string `json:"notes"`
}

type TemplatePlanReq struct {
	Template string `json:"template"`
}

type Plan struct {
	Name    string
	Manager string
	Notes   string
}

// The checks are on a value built from the body: they are about the body's fields.
func CreatePlan(req *PlanReq) (*Plan, error) {
	plan := &Plan{
		Name:    req.Name,
		Manager: req.Manager,
		Notes:   req.Notes,
	}
	if plan.Name == "" || plan.Manager == "" {
		return nil, errors.New("name and manager are required")
	}
	return plan, nil
}

func CreateFromTemplate(req *TemplatePlanReq) error {
	if req.Template == "" {
		return errors.New("template is required")
	}
	return nil
}

func Touch(req *PlanReq) error {
	if req.Notes == "" {
		return errors.New("notes are required")
	}
	return nil
}

func ListPlans(owner, label string) ([]*Plan, error) {
	if owner == "" {
		return nil, errors.New("owner is required")
	}
	return []*Plan{}, nil
}
