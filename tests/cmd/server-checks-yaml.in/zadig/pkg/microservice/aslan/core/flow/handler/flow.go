package handler

import (
	"github.com/gin-gonic/gin"
	"gopkg.in/yaml.v3"
	k8syaml "sigs.k8s.io/yaml"

	"github.com/koderover/zadig/v2/pkg/microservice/aslan/core/flow/models"
	internalhandler "github.com/koderover/zadig/v2/pkg/shared/handler"
)

// The raw body read as YAML by gopkg.in/yaml: the yaml tags decide what is read.
func UpdateFlow(c *gin.Context) {
	ctx := internalhandler.NewContext(c)
	defer func() { internalhandler.JSONResponse(c, ctx) }()

	data, err := c.GetRawData()
	if err != nil {
		ctx.RespErr = err
		return
	}
	args := new(models.Flow)
	if err := yaml.Unmarshal(data, args); err != nil {
		ctx.RespErr = err
		return
	}
}

// Read by sigs.k8s.io/yaml, which turns YAML into JSON: the json tags decide.
func CreateFlow(c *gin.Context) {
	ctx := internalhandler.NewContext(c)
	defer func() { internalhandler.JSONResponse(c, ctx) }()

	data, err := c.GetRawData()
	if err != nil {
		ctx.RespErr = err
		return
	}
	args := new(models.Step)
	if err := k8syaml.Unmarshal(data, args); err != nil {
		ctx.RespErr = err
		return
	}
}

// Negative: a JSON body; its types record no YAML names.
func CreateFlowFromJSON(c *gin.Context) {
	ctx := internalhandler.NewContext(c)
	defer func() { internalhandler.JSONResponse(c, ctx) }()

	args := new(models.Note)
	if err := c.ShouldBindJSON(args); err != nil {
		ctx.RespErr = err
		return
	}
}
