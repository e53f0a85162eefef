package handler

import (
	"github.com/gin-gonic/gin"

	"github.com/koderover/zadig/v2/pkg/microservice/aslan/core/thing/service"
	internalhandler "github.com/koderover/zadig/v2/pkg/shared/handler"
)

// The service package this handler calls does not parse, so the extraction must fail.
func GetThingName(c *gin.Context) {
	ctx := internalhandler.NewContext(c)
	defer func() { internalhandler.JSONResponse(c, ctx) }()
	ctx.Resp = service.NameOf(c.Param("id"))
}
