package handler

import (
	"github.com/gin-gonic/gin"

	"github.com/koderover/zadig/v2/pkg/microservice/aslan/core/plan/service"
	internalhandler "github.com/koderover/zadig/v2/pkg/shared/handler"
)

// One body or the other, by a query parameter: each is decoded only under its condition.
func CreatePlan(c *gin.Context) {
	ctx := internalhandler.NewContext(c)
	defer func() { internalhandler.JSONResponse(c, ctx) }()

	if c.Query("source") == "template" {
		args := new(service.TemplatePlanReq)
		if err := c.ShouldBindJSON(args); err != nil {
			ctx.RespErr = err
			return
		}
		ctx.RespErr = service.CreateFromTemplate(args)
	} else {
		args := new(service.PlanReq)
		if err := c.ShouldBindJSON(args); err != nil {
			ctx.RespErr = err
			return
		}
		ctx.Resp, ctx.RespErr = service.CreatePlan(args)
	}
}

// The same with an early return: the second body is decoded when the format is not yaml.
func ImportPlan(c *gin.Context) {
	ctx := internalhandler.NewContext(c)
	defer func() { internalhandler.JSONResponse(c, ctx) }()

	format := c.Query("format")
	if format == "yaml" {
		args := new(service.TemplatePlanReq)
		if err := c.ShouldBindJSON(args); err != nil {
			ctx.RespErr = err
		}
		return
	}
	args := new(service.PlanReq)
	if err := c.ShouldBindJSON(args); err != nil {
		ctx.RespErr = err
		return
	}
}

// Negative: a service call whose error the handler drops decides nothing; one body, no
// condition.
func CreateSimplePlan(c *gin.Context) {
	ctx := internalhandler.NewContext(c)
	defer func() { internalhandler.JSONResponse(c, ctx) }()

	args := new(service.PlanReq)
	if err := c.ShouldBindJSON(args); err != nil {
		ctx.RespErr = err
		return
	}
	service.Touch(args)
}

// A query value handed to a service function that rejects it when empty.
func ListPlans(c *gin.Context) {
	ctx := internalhandler.NewContext(c)
	defer func() { internalhandler.JSONResponse(c, ctx) }()

	ctx.Resp, ctx.RespErr = service.ListPlans(c.Query("owner"), c.Query("label"))
}
