package rest

import (
	"github.com/gin-gonic/gin"

	widgethandler "github.com/koderover/zadig/v2/pkg/microservice/aslan/core/widget/handler"
)

type injector interface {
	Inject(router *gin.RouterGroup)
}

func mount(router *gin.RouterGroup) {
	for prefix, r := range map[string]injector{
		"/openapi/widgets": new(widgethandler.OpenAPIRouter),
	} {
		r.Inject(router.Group(prefix))
	}
}
