import type { LexiconInput } from './chineseLexicon';

/**
 * Words of the notes' own field (operating systems, virtualization, containers, networks,
 * cloud native, programming) that jieba's general-news counts miss or rank far below
 * homographs of everyday text: without them `架构` loses to `恶意` and `运维` is not a word.
 * Each gets at least TERM_FREQ, about what jieba gives a common everyday noun.
 */
export const TERM_FREQ = 3000;

export const DOMAIN_TERMS: readonly string[] = `
架构 运维 用户态 内核态 连接 禁用 轻量级 存储卷 持久卷 数据卷 可用性 可靠性 可扩展性 可维护性 安全性 排查 故障排查 显存 内核 内存 虚拟化 虚拟机 容器 容器化 沙盒 沙箱 镜像 集群 节点 调度 调度器
部署 编排 服务网格 网格 命名空间 控制组 进程 线程 协程 中断 异常 系统调用 页表 缺页 页面 分页
地址空间 虚拟地址 物理地址 物理内存 寄存器 指令 指令集 特权级 根模式 宿主机 客户机 主机
存储 持久化 卷 快照 文件系统 块设备 字符设备 驱动 设备驱动 网卡 网桥 交换机 路由 路由器 转发
负载均衡 代理 反向代理 网关 端口 协议 报文 数据包 握手 证书 加密 解密 签名 密钥 公钥 私钥 认证 鉴权
授权 访问控制 权限 策略 隔离 安全 漏洞 补丁 配置 配置文件 参数 环境变量 日志 监控 告警 指标 追踪
可观测性 弹性 伸缩 扩容 缩容 副本 高可用 容错 故障 恢复 备份 迁移 热迁移 升级 回滚 发布 灰度
版本 依赖 构建 编译 编译器 链接 链接器 调试 调试器 性能 吞吐 吞吐量 延迟 时延 带宽 并发 并行
同步 异步 锁 互斥锁 自旋锁 信号量 原子 队列 缓存 缓冲区 哈希 哈希表 数组 链表 指针 结构体 函数
接口 实现 抽象 模块 组件 插件 框架 库 源码 代码 脚本 命令 命令行 终端 控制台 工具 工具链
分布式 微服务 服务端 客户端 服务器 请求 响应 事件 回调 消息 消息队列 订阅 发布订阅 数据库 事务
一致性 共识 选举 分片 索引 查询 读写 写入 读取 吞吐 并发量 流量 限流 熔断 降级 重试 超时
原生 云原生 无服务器 函数计算 声明式 命令式 控制器 控制平面 数据平面 资源 资源配额 标签 注解
对象 实例 类型 字段 默认值 运行时 启动 停止 重启 初始化 挂载 卸载 创建 删除 更新 查看 修改
文档 章节 目录 概述 总结 参考 示例 用法 原理 机制 流程 步骤 场景 方案 对比 选择 优化 实践
`.trim().split(/\s+/);

const DOMAIN_TERM_SET = new Set(DOMAIN_TERMS);

export function isDomainTerm(word: string): boolean {
  return DOMAIN_TERM_SET.has(word);
}

/** The dictionary entries with every domain term raised to at least TERM_FREQ. */
export function withDomainTerms(entries: Iterable<LexiconInput>): LexiconInput[] {
  const byWord = new Map<string, LexiconInput>();
  for (const [word, f, wordClass] of entries) byWord.set(word, [word, f + (byWord.get(word)?.[1] ?? 0), wordClass]);
  for (const term of DOMAIN_TERMS) {
    const known = byWord.get(term);
    // Terms are nouns unless the dictionary already knows better.
    byWord.set(term, [term, Math.max(known?.[1] ?? 0, TERM_FREQ), known?.[2] ?? 'noun']);
  }
  return [...byWord.values()];
}
