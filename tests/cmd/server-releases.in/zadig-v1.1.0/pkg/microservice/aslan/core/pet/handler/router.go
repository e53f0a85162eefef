package handler

import "github.com/gin-gonic/gin"

type OpenAPIRouter struct{}

func (*OpenAPIRouter) Inject(router *gin.RouterGroup) {
	router.GET("", ListPets)
	// Moved in v1.1.0: the name now comes after the action.
	router.POST("/restart/:name", RestartPet)
}
