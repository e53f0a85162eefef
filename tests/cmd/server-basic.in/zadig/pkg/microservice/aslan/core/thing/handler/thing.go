package handler

import (
	"encoding/json"
	"errors"
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/koderover/zadig/v2/pkg/microservice/aslan/core/thing/service"
	internalhandler "github.com/koderover/zadig/v2/pkg/shared/handler"
)

func ListThings(c *gin.Context) {
	ctx := internalhandler.NewContext(c)
	defer func() { internalhandler.JSONResponse(c, ctx) }()

	args := new(service.ListArgs)
	if err := c.ShouldBindQuery(args); err != nil {
		ctx.RespErr = err
		return
	}
	owner := c.Query("owner")
	if owner == "" {
		ctx.RespErr = errors.New("owner is empty")
		return
	}
	ctx.Resp, ctx.RespErr = service.ListThings(owner, args)
}

func GetThing(c *gin.Context) {
	ctx := internalhandler.NewContext(c)
	defer func() { internalhandler.JSONResponse(c, ctx) }()

	verbose := c.DefaultQuery("verbose", "false")
	limit, err := strconv.Atoi(c.Query("limit"))
	if err != nil {
		ctx.RespErr = err
		return
	}
	page, err := strconv.ParseInt(c.Query("page"), 10, 64)
	if err != nil {
		page = 1
	}
	ctx.Resp, ctx.RespErr = service.GetThing(c.Param("id"), verbose == "true", limit, page)
}

func UpdateThing(c *gin.Context) {
	ctx := internalhandler.NewContext(c)
	defer func() { internalhandler.JSONResponse(c, ctx) }()

	req := new(service.Thing)
	if err := c.ShouldBindJSON(req); err != nil {
		ctx.RespErr = err
		return
	}
	ctx.RespErr = service.UpdateThing(req)
}

func DeleteThing(c *gin.Context) {
	ctx := internalhandler.NewContext(c)
	defer func() { internalhandler.JSONResponse(c, ctx) }()

	force, err := forceOf(c)
	if err != nil {
		ctx.RespErr = err
		return
	}
	ctx.RespErr = service.DeleteThing(c.Param("id"), force)
}

// forceOf reads the flag in a helper, which the extraction follows.
func forceOf(c *gin.Context) (bool, error) {
	raw := c.Query("force")
	force, err := strconv.ParseBool(raw)
	if err != nil {
		return false, err
	}
	return force, nil
}

func ImportThings(c *gin.Context) {
	ctx := internalhandler.NewContext(c)
	defer func() { internalhandler.JSONResponse(c, ctx) }()

	data, err := c.GetRawData()
	if err != nil {
		ctx.RespErr = err
		return
	}
	var items []*service.Thing
	if err := json.Unmarshal(data, &items); err != nil {
		ctx.RespErr = err
		return
	}
	ctx.Resp, ctx.RespErr = service.ImportThings(items)
}

func GetThingName(c *gin.Context) {
	ctx := internalhandler.NewContext(c)
	defer func() { internalhandler.JSONResponse(c, ctx) }()

	ctx.Resp = service.NameOf(c.Param("id"))
}

func ListColors(c *gin.Context) {
	ctx := internalhandler.NewContext(c)
	defer func() { internalhandler.JSONResponse(c, ctx) }()

	tags := c.QueryArray("tag")
	order, ok := c.GetQuery("order")
	if !ok {
		ctx.RespErr = errors.New("order is missing")
		return
	}
	ctx.Resp = service.Colors(tags, order)
}

func StreamLogs(c *gin.Context) {
	ctx := internalhandler.NewContext(c)
	internalhandler.Stream(c, func(lines chan string) {
		service.Follow(c.Param("id"), lines)
	}, ctx.Logger)
}

func DownloadThing(c *gin.Context) {
	c.Data(200, "application/octet-stream", service.Export(c.Param("id")))
}

func OddThing(c *gin.Context) {
	ctx := internalhandler.NewContext(c)
	defer func() { internalhandler.JSONResponse(c, ctx) }()

	ctx.Resp = service.Anything(c.Query("kind"))
}
