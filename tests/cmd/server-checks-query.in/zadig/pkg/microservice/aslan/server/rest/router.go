package rest

import (
	"github.com/gin-gonic/gin"

	reporthandler "github.com/koderover/zadig/v2/pkg/microservice/aslan/core/report/handler"
)

type injector interface {
	Inject(router *gin.RouterGroup)
}

func mount(router *gin.RouterGroup) {
	for prefix, r := range map[string]injector{
		"/openapi/reports": new(reporthandler.OpenAPIRouter),
	} {
		r.Inject(router.Group(prefix))
	}
}
