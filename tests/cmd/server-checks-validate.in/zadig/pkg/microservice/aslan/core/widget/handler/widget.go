package handler

import (
	"github.com/gin-gonic/gin"

	"github.com/koderover/zadig/v2/pkg/microservice/aslan/core/widget/service"
	internalhandler "github.com/koderover/zadig/v2/pkg/shared/handler"
)

// A Validate() error whose error is answered in the `if` that calls it.
func CreateWidget(c *gin.Context) {
	ctx := internalhandler.NewContext(c)
	defer func() { internalhandler.JSONResponse(c, ctx) }()

	req := new(service.CreateWidgetReq)
	if err := c.ShouldBindJSON(req); err != nil {
		ctx.RespErr = err
		return
	}
	if err := req.Validate(); err != nil {
		ctx.RespErr = err
		return
	}
	ctx.RespErr = service.CreateWidget(req)
}

// A Validate() (bool, error) answered through its flag; the project comes from the query.
func ScaleWidget(c *gin.Context) {
	ctx := internalhandler.NewContext(c)
	defer func() { internalhandler.JSONResponse(c, ctx) }()

	args := new(service.ScaleReq)
	if err := c.BindJSON(args); err != nil {
		ctx.RespErr = err
		return
	}
	args.ProjectKey = c.Query("projectKey")
	isValid, err := args.Validate()
	if !isValid {
		ctx.RespErr = err
		return
	}
}

// The name comes from the path, so the body's `name` is not what Validate checks.
func UpdateWidget(c *gin.Context) {
	ctx := internalhandler.NewContext(c)
	defer func() { internalhandler.JSONResponse(c, ctx) }()

	args := new(service.ScaleReq)
	if err := c.ShouldBindJSON(args); err != nil {
		ctx.RespErr = err
		return
	}
	args.Name = c.Param("name")
	err := args.Validate2()
	if err != nil {
		ctx.RespErr = err
		return
	}
}

// Elements of a list checked in a loop, an early return, a check on an optional part.
func ImportWidgets(c *gin.Context) {
	ctx := internalhandler.NewContext(c)
	defer func() { internalhandler.JSONResponse(c, ctx) }()

	req := new(service.ImportReq)
	if err := c.ShouldBindJSON(req); err != nil {
		ctx.RespErr = err
		return
	}
	ctx.RespErr = req.Validate()
}

// Negative: Validate is called but its error is dropped, so it decides nothing.
func CreateUnchecked(c *gin.Context) {
	ctx := internalhandler.NewContext(c)
	defer func() { internalhandler.JSONResponse(c, ctx) }()

	req := new(service.CreateWidgetReq)
	if err := c.ShouldBindJSON(req); err != nil {
		ctx.RespErr = err
		return
	}
	_ = req.Validate()
}

// Two fields set at once from a helper's results before Validate: its checks on them are not
// about the body (only `replicas` is).
func MoveWidget(c *gin.Context) {
	ctx := internalhandler.NewContext(c)
	defer func() { internalhandler.JSONResponse(c, ctx) }()

	args := new(service.ScaleReq)
	if err := c.ShouldBindJSON(args); err != nil {
		ctx.RespErr = err
		return
	}
	var err error
	args.ProjectKey, args.Name, err = requestKeys(c)
	if err != nil {
		ctx.RespErr = err
		return
	}
	isValid, err := args.Validate()
	if !isValid {
		ctx.RespErr = err
		return
	}
}

func requestKeys(c *gin.Context) (string, string, error) {
	return c.Query("projectKey"), c.Param("name"), nil
}
