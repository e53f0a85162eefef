package handler

import (
	"errors"
	"strconv"

	"github.com/gin-gonic/gin"

	internalhandler "github.com/koderover/zadig/v2/pkg/shared/handler"
)

type Mode string

const (
	ModeFast Mode = "fast"
	ModeSlow Mode = "slow"
)

// A switch whose default answers an error: only these values, and not without one.
func ListByMode(c *gin.Context) {
	ctx := internalhandler.NewContext(c)
	defer func() { internalhandler.JSONResponse(c, ctx) }()

	switch Mode(c.Query("mode")) {
	case ModeFast, ModeSlow:
	default:
		ctx.RespErr = errors.New("unknown mode")
		return
	}
}

// Negative: a switch whose default does not fail, an empty value given a default, a check in
// a closure and a check under a condition that is not about the request decide nothing.
func ListLoose(c *gin.Context) {
	ctx := internalhandler.NewContext(c)
	defer func() { internalhandler.JSONResponse(c, ctx) }()

	order := "desc"
	switch c.Query("order") {
	case "asc":
		order = "asc"
	default:
		order = "desc"
	}
	limit := c.Query("limit")
	if limit == "" {
		limit = "10"
	}
	check := func() error {
		if c.Query("cursor") == "" {
			return errors.New("no cursor")
		}
		return nil
	}
	if featureEnabled() {
		if c.Query("token") == "" {
			ctx.RespErr = errors.New("token is required")
			return
		}
	}
	ctx.Resp = []string{order, limit}
	ctx.RespErr = check()
}

func featureEnabled() bool {
	return true
}

// Required when another parameter has a value; values limited only when given.
func SearchReports(c *gin.Context) {
	ctx := internalhandler.NewContext(c)
	defer func() { internalhandler.JSONResponse(c, ctx) }()

	kind := c.Query("kind")
	name := c.Query("name")
	if kind != "" && kind != "byName" && kind != "byTag" {
		ctx.RespErr = errors.New("unknown kind")
		return
	}
	if kind == "byName" {
		if name == "" {
			ctx.RespErr = errors.New("name is required")
			return
		}
	}
}

// A parse that fails only in one branch of a switch on another parameter.
func ListGrouped(c *gin.Context) {
	ctx := internalhandler.NewContext(c)
	defer func() { internalhandler.JSONResponse(c, ctx) }()

	switch c.Query("by") {
	case "status":
		status, err := strconv.Atoi(c.Query("status"))
		if err != nil {
			ctx.RespErr = err
			return
		}
		ctx.Resp = status
	case "owner", "":
	default:
		ctx.RespErr = errors.New("unknown grouping")
		return
	}
}

type pageArgs struct {
	ProjectKey string `form:"projectKey"`
	StartTime  int64  `form:"startTime"`
	EndTime    int64  `form:"endTime"`
	PageSize   int    `form:"pageSize"`
}

func (args *pageArgs) Validate() error {
	if args.StartTime == 0 || args.EndTime == 0 {
		return errors.New("the time range is required")
	}
	if args.EndTime < args.StartTime {
		return errors.New("the time range is reversed")
	}
	return nil
}

// A struct bound from the query: a check on its field in the handler, and its Validate().
func ListPaged(c *gin.Context) {
	ctx := internalhandler.NewContext(c)
	defer func() { internalhandler.JSONResponse(c, ctx) }()

	args := new(pageArgs)
	if err := c.ShouldBindQuery(args); err != nil {
		ctx.RespErr = err
		return
	}
	if args.ProjectKey == "" {
		ctx.RespErr = errors.New("projectKey is required")
		return
	}
	if err := args.Validate(); err != nil {
		ctx.RespErr = err
		return
	}
}

// The project keys the authorization lookup: without it, all but system administrators are
// refused.
func GetReport(c *gin.Context) {
	ctx := internalhandler.NewContext(c)
	defer func() { internalhandler.JSONResponse(c, ctx) }()

	projectKey := c.Query("projectKey")
	if !ctx.Resources.IsSystemAdmin {
		if _, ok := ctx.Resources.ProjectAuthInfo[projectKey]; !ok {
			ctx.UnAuthorized = true
			return
		}
	}
}

// Negative: the authorization lookup runs only when the project is given.
func DeleteReport(c *gin.Context) {
	ctx := internalhandler.NewContext(c)
	defer func() { internalhandler.JSONResponse(c, ctx) }()

	projectKey := c.Query("projectKey")
	if projectKey != "" {
		if _, ok := ctx.Resources.ProjectAuthInfo[projectKey]; !ok {
			ctx.UnAuthorized = true
			return
		}
	}
}
