package handler

import "github.com/gin-gonic/gin"

type OpenAPIRouter struct{}

func (*OpenAPIRouter) Inject(router *gin.RouterGroup) {
	router.POST("", CreateWidget)
	router.POST("/scale", ScaleWidget)
	router.PUT("/:name", UpdateWidget)
	router.POST("/import", ImportWidgets)
	router.POST("/unchecked", CreateUnchecked)
	router.POST("/:name/move", MoveWidget)
}
