package handler

import "github.com/gin-gonic/gin"

type OpenAPIRouter struct{}

func (*OpenAPIRouter) Inject(router *gin.RouterGroup) {
	router.POST("", CreatePlan)
	router.PUT("", ImportPlan)
	router.POST("/simple", CreateSimplePlan)
	router.GET("", ListPlans)
}
