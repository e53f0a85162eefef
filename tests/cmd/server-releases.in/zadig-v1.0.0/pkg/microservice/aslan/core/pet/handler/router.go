package handler

import "github.com/gin-gonic/gin"

type OpenAPIRouter struct{}

func (*OpenAPIRouter) Inject(router *gin.RouterGroup) {
	router.GET("", ListPets)
	router.POST("/:name/restart", RestartPet)
}
