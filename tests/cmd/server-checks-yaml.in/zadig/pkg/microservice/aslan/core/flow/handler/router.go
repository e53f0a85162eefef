package handler

import "github.com/gin-gonic/gin"

type OpenAPIRouter struct{}

func (*OpenAPIRouter) Inject(router *gin.RouterGroup) {
	router.PUT("/:name", UpdateFlow)
	router.POST("", CreateFlow)
	router.POST("/json", CreateFlowFromJSON)
}
