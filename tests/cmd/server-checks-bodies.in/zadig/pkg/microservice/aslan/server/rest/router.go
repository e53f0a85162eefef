package rest

import (
	"github.com/gin-gonic/gin"

	planhandler "github.com/koderover/zadig/v2/pkg/microservice/aslan/core/plan/handler"
)

type injector interface {
	Inject(router *gin.RouterGroup)
}

func mount(router *gin.RouterGroup) {
	for prefix, r := range map[string]injector{
		"/openapi/plans": new(planhandler.OpenAPIRouter),
	} {
		r.Inject(router.Group(prefix))
	}
}
