package service

import (
	"errors"
	"time"

	corev1 "k8s.io/api/core/v1"

	"github.com/koderover/zadig/v2/pkg/setting"
)

type ListArgs struct {
	PageNum  int64  `form:"pageNum,default=1"`
	PageSize int64  `form:"pageSize" binding:"required"`
	Search   string `form:"search"`
	Hidden   string `form:"-"`
	Paging
}

type Paging struct {
	Cursor string `form:"cursor"`
}

type Meta struct {
	CreatedAt time.Time `json:"created_at"`
	UpdatedBy string    `json:"updated_by,omitempty"`
}

type Thing struct {
	Meta
	Name     string            `json:"name" binding:"required"`
	Count    int64             `json:"count,string"`
	Secret   string            `json:"-"`
	Color    setting.Color     `json:"color,omitempty"`
	Labels   map[string]string `json:"labels"`
	Parts    []*Part           `json:"parts"`
	Pod      *corev1.Pod       `json:"pod,omitempty"`
	internal string
	Plain    bool
}

type Part struct {
	ID string `json:"id"`
}

func ListThings(owner string, args *ListArgs) ([]*Thing, error) {
	return nil, errors.New("not implemented")
}

func GetThing(id string, verbose bool, limit int, page int64) (*Thing, error) {
	return &Thing{Name: id}, nil
}

func UpdateThing(thing *Thing) error {
	return nil
}

func DeleteThing(id string, force bool) error {
	return nil
}

func ImportThings(items []*Thing) (map[string]*Thing, error) {
	return map[string]*Thing{}, nil
}

func NameOf(id string) string {
	return id
}

func Colors(tags []string, order string) []setting.Color {
	return []setting.Color{setting.ColorRed}
}

func Follow(id string, lines chan string) {}

func Export(id string) []byte {
	return []byte(id)
}

func Anything(kind string) interface{} {
	if kind == "part" {
		return &Part{}
	}
	return Thing{}
}
