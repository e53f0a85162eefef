package rest

import (
	"github.com/gin-gonic/gin"

	thinghandler "github.com/koderover/zadig/v2/pkg/microservice/aslan/core/thing/handler"
)

type injector interface {
	Inject(router *gin.RouterGroup)
}

func mount(router *gin.RouterGroup) {
	for prefix, r := range map[string]injector{
		"/openapi/things": new(thinghandler.OpenAPIRouter),
	} {
		r.Inject(router.Group(prefix))
	}
}
