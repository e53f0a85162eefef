package service

// No handler names this type: it travels in an interface{} field, so extract.yaml lists it.
type ApprovalSpec struct {
	Timeout   int64       `json:"timeout"`
	Approvers []*Approver `json:"approvers"`
}

type Approver struct {
	UserName string `json:"user_name,omitempty"`
}
