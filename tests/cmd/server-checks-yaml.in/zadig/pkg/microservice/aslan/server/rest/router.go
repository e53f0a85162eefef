package rest

import (
	"github.com/gin-gonic/gin"

	flowhandler "github.com/koderover/zadig/v2/pkg/microservice/aslan/core/flow/handler"
)

type injector interface {
	Inject(router *gin.RouterGroup)
}

func mount(router *gin.RouterGroup) {
	for prefix, r := range map[string]injector{
		"/openapi/flows": new(flowhandler.OpenAPIRouter),
	} {
		r.Inject(router.Group(prefix))
	}
}
