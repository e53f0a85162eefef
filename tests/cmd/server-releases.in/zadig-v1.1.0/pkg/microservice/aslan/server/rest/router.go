package rest

import (
	"github.com/gin-gonic/gin"

	pethandler "github.com/koderover/zadig/v2/pkg/microservice/aslan/core/pet/handler"
)

type injector interface {
	Inject(router *gin.RouterGroup)
}

func mount(router *gin.RouterGroup) {
	for prefix, r := range map[string]injector{
		"/openapi/pets": new(pethandler.OpenAPIRouter),
	} {
		r.Inject(router.Group(prefix))
	}
}
